import { ReportRequestSchema } from '../../src/index.js';

/** An ad-hoc request to the deputies, asked on 20/1/2025 and due on 22/1/2025. */
export const vneidRequest = ReportRequestSchema.parse({
  id: 'cv-12',
  title: { vi: 'Báo cáo nhanh số hộ có VNeID', en: 'Quick report on households with VNeID' },
  requestedOn: '2025-01-20',
  due: '2025-01-22',
  senders: ['deputies'],
});
