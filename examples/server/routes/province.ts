/** The province: its communes' roll-ups summed where the data lives. */
import { formatPeriod, PeriodIdSchema, TextSchema } from 'to-cong-nghe-so';
import { z } from 'zod';
import { json, operation } from '../operation.js';
import { ApiFailure, forbidden, problem } from '../problems.js';
import { ProvinceRollupSchema } from '../schemas.js';
import { periodOf } from './data.js';

export const provinceOperations = [
  operation({
    id: 'getProvinceRollup',
    method: 'get',
    path: '/v1/provinces/{province}/rollup',
    tag: 'province',
    summary: {
      vi: 'Tổng hợp chỉ số của cả tỉnh cho một kỳ (cộng các xã trong cơ sở dữ liệu)',
      en: 'The indicators of the whole province for a period (the communes summed in the database)',
    },
    access: { vi: 'Mã truy cập của tỉnh đó.', en: 'A token of that province.' },
    params: z.object({ province: TextSchema }).strict(),
    query: z.object({ period: PeriodIdSchema }).strict(),
    responses: {
      200: { description: { vi: 'Kết quả', en: 'The results' }, schema: ProvinceRollupSchema },
    },
    handle: async (call) => {
      const { principal } = call;
      if (principal.kind !== 'province' || principal.province !== call.params.province) {
        throw forbidden(
          `Chỉ mã truy cập của tỉnh "${call.params.province}" được xem tổng hợp của tỉnh.`,
          `Only a token of province "${call.params.province}" reads its roll-up.`,
        );
      }
      const period = periodOf(call.query.period);
      if (period.kind === 'week') {
        throw new ApiFailure(
          problem(
            'invalid_value',
            'Không tổng hợp theo tuần; chọn tháng, quý, nửa năm hoặc năm.',
            'Roll-ups are not made for weeks; choose a month, quarter, half or year.',
            ['period'],
          ),
        );
      }
      const { results, communes } = await call.env.rollups.provinceWithCommunes(
        call.params.province,
        period,
      );
      return json({
        province: call.params.province,
        period: formatPeriod(period),
        communes,
        results,
      });
    },
  }),
];
