import { BODY_KIND_LABELS as BODY_KINDS, ROLE_LABELS as ROLES } from '../_internal/names.js';
import type { Label } from '../text/label.js';
import type { BodyKind, Role } from './schema.js';

/**
 * The labels of the roles, as decisions write them. Deep-frozen.
 *
 * @example
 * ```ts
 * import { ROLE_LABELS } from 'to-cong-nghe-so';
 *
 * ROLE_LABELS.deputy; // { vi: 'Tổ phó', en: 'Deputy' }
 * ```
 * @category Team
 */
export const ROLE_LABELS: Readonly<Record<Role, Label>> = ROLES;

/**
 * The labels of the kinds of body, as a commune names them: what messages and documents write
 * for `youthUnion` ("Đoàn Thanh niên"), `school` ("Trường học") … Deep-frozen.
 *
 * @example
 * ```ts
 * import { BODY_KIND_LABELS } from 'to-cong-nghe-so';
 *
 * BODY_KIND_LABELS.youthUnion; // { vi: 'Đoàn Thanh niên', en: 'Youth Union' }
 * ```
 * @category Team
 */
export const BODY_KIND_LABELS: Readonly<Record<BodyKind, Label>> = BODY_KINDS;
