import { shareOf } from '../document-statistics/figures.ts';
import type { Offering, Ratings } from './repository.ts';
import type { Figures, Indicator, Indicators } from './schema.ts';

/**
 * The indicator set of QĐ 766/QĐ-TTg (23/6/2022, "Bộ chỉ số 766"), as far as the platform's own data
 * computes it (reference §3.7). The decision scores a province out of 100 in five groups; the Government
 * Office measures it from the National Public Service Portal and the provincial systems. What is here is the
 * province's own view of the indicators it can compute, for steering, not the official score.
 *
 * The reference brief names the indicators of groups 2–5 but quotes formulas only for two of group 5, and
 * lists the formulas of groups 3–4 as [UNCONFIRMED]. Every indicator whose formula is not quoted is marked
 * `unconfirmed`, and its formula is the reading the platform takes from its name. Points: only the groups'
 * totals and the 6 points of satisfaction with handling procedures are known; an indicator's own points are
 * otherwise null.
 */

const UNQUOTED = 'Công thức chính thức chưa được xác nhận [UNCONFIRMED]; đây là cách tính của hệ thống.';

type Computed = Pick<Indicator, 'key' | 'name' | 'formula' | 'unit' | 'note'> & {
  numerator: number;
  denominator: number;
};

function shareIndicator(i: Computed): Indicator {
  return {
    ...i,
    status: 'computed',
    value: shareOf(i.numerator, i.denominator),
    maxPoints: null,
    unconfirmed: true,
  };
}

function pending(
  i: Pick<Indicator, 'key' | 'name' | 'formula' | 'note'> & { unconfirmed: boolean; maxPoints?: number },
  status: 'no_data' | 'not_measured',
): Indicator {
  return {
    maxPoints: null,
    ...i,
    status,
    value: null,
    unit: 'share',
    numerator: null,
    denominator: null,
  };
}

/**
 * Group 5's satisfaction with receiving and handling procedures (6 points): the applicants' ratings given in
 * the period (once per dossier, after its result, on the portal), satisfied ÷ all; no data while none was given.
 */
function satisfied(ratings: Ratings): Indicator {
  const named = {
    key: 'satisfied',
    name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
    formula: 'Số lượt đánh giá hài lòng / Tổng số lượt đánh giá × 100%',
  };
  const source =
    'Đánh giá của người nộp hồ sơ trên Cổng dịch vụ công, mỗi hồ sơ một lần sau khi có kết quả, trong kỳ, theo cơ quan tiếp nhận hồ sơ.';
  if (ratings.rated === 0)
    return pending(
      {
        ...named,
        note: `Chưa có dữ liệu: chưa có lượt đánh giá nào trong kỳ. ${UNQUOTED}`,
        unconfirmed: true,
        maxPoints: 6,
      },
      'no_data',
    );
  return {
    ...shareIndicator({
      ...named,
      unit: 'share',
      numerator: ratings.satisfied,
      denominator: ratings.rated,
      note: `${source} ${UNQUOTED}`,
    }),
    maxPoints: 6,
  };
}

export function indicatorGroups(summary: Figures, offered: Offering, ratings: Ratings): Indicators['groups'] {
  const { received, completed } = summary;
  return [
    {
      number: 1,
      name: 'Công khai, minh bạch',
      maxPoints: 18,
      indicators: [
        pending(
          {
            key: 'published',
            name: 'Công bố, công khai thủ tục hành chính đúng hạn, đầy đủ',
            formula: 'Đo trên Cơ sở dữ liệu quốc gia về thủ tục hành chính',
            note: 'Việc công bố, công khai thủ tục không diễn ra trên hệ thống này.',
            unconfirmed: true,
          },
          'not_measured',
        ),
        pending(
          {
            key: 'synchronised',
            name: 'Tỷ lệ hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia',
            formula: 'Số hồ sơ đã đồng bộ / Tổng số hồ sơ tiếp nhận × 100%',
            note: 'Hệ thống chưa đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia.',
            unconfirmed: true,
          },
          'not_measured',
        ),
      ],
    },
    {
      number: 2,
      name: 'Tiến độ, kết quả giải quyết',
      maxPoints: 20,
      indicators: [
        shareIndicator({
          key: 'early_or_on_time',
          name: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn',
          formula:
            '(Số hồ sơ có kết quả trước hạn + đúng hạn trong kỳ) / Số hồ sơ có kết quả trong kỳ × 100%',
          unit: 'share',
          numerator: completed.early + completed.onTime,
          denominator: completed.total,
          note: `${UNQUOTED} Trước hạn: có kết quả trước ngày hẹn; đúng hạn: trong ngày hẹn, không muộn hơn thời điểm hẹn.`,
        }),
        {
          key: 'average_time',
          name: 'Thời gian giải quyết trung bình của thủ tục hành chính',
          formula:
            'Tổng thời gian từ tiếp nhận đến có kết quả (ngày làm việc, trừ thời gian tạm dừng) / Số hồ sơ có kết quả trong kỳ; từng thủ tục ở bảng kèm theo',
          status: 'computed',
          value: completed.averageWorkingDays,
          unit: 'working_days',
          numerator: null,
          denominator: completed.total,
          maxPoints: null,
          unconfirmed: true,
          note: `${UNQUOTED} Bảng kèm theo so sánh với thời hạn giải quyết theo quy định của từng thủ tục.`,
        },
      ],
    },
    {
      number: 3,
      name: 'Số hóa hồ sơ',
      maxPoints: 22,
      indicators: [
        shareIndicator({
          key: 'digitised',
          name: 'Tỷ lệ hồ sơ được số hóa khi tiếp nhận',
          formula:
            'Số hồ sơ tiếp nhận trong kỳ có bản điện tử của mọi thành phần hồ sơ bắt buộc / Số hồ sơ tiếp nhận trong kỳ × 100%',
          unit: 'share',
          numerator: received.digitised,
          denominator: received.total,
          note: UNQUOTED,
        }),
        shareIndicator({
          key: 'result_digitised',
          name: 'Tỷ lệ kết quả giải quyết được số hóa',
          formula:
            'Số hồ sơ có kết quả trong kỳ có tệp kết quả điện tử / Số hồ sơ có kết quả trong kỳ × 100%',
          unit: 'share',
          numerator: completed.resultDigitised,
          denominator: completed.total,
          note: UNQUOTED,
        }),
      ],
    },
    {
      number: 4,
      name: 'Cung cấp dịch vụ trực tuyến',
      maxPoints: 22,
      indicators: [
        shareIndicator({
          key: 'online_procedures',
          name: 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến (toàn trình, một phần)',
          formula:
            'Số thủ tục cung cấp trực tuyến toàn trình hoặc một phần / Số thủ tục đang áp dụng tại cơ quan × 100%',
          unit: 'share',
          numerator: offered.full + offered.partial,
          denominator: offered.offered,
          note: `${UNQUOTED} Theo danh mục thủ tục hiện tại (không theo kỳ).`,
        }),
        shareIndicator({
          key: 'full_online_procedures',
          name: 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình',
          formula: 'Số thủ tục cung cấp trực tuyến toàn trình / Số thủ tục đang áp dụng tại cơ quan × 100%',
          unit: 'share',
          numerator: offered.full,
          denominator: offered.offered,
          note: `${UNQUOTED} Theo danh mục thủ tục hiện tại (không theo kỳ).`,
        }),
        shareIndicator({
          key: 'online_dossiers',
          name: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
          formula: 'Số hồ sơ tiếp nhận trực tuyến trong kỳ / Số hồ sơ tiếp nhận trong kỳ × 100%',
          unit: 'share',
          numerator: received.online,
          denominator: received.total,
          note: UNQUOTED,
        }),
      ],
    },
    {
      number: 5,
      name: 'Mức độ hài lòng',
      maxPoints: 18,
      indicators: [
        pending(
          {
            key: 'feedback_on_time',
            name: 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn',
            formula:
              'Số phản ánh, kiến nghị xử lý đúng hoặc trước hạn / Số phản ánh, kiến nghị thuộc thẩm quyền × 100%',
            note: 'Chưa có dữ liệu: hệ thống chưa tiếp nhận phản ánh, kiến nghị.',
            unconfirmed: false,
          },
          'no_data',
        ),
        pending(
          {
            key: 'feedback_satisfied',
            name: 'Tỷ lệ hài lòng về việc xử lý phản ánh, kiến nghị',
            formula: '(Tổng số − số bị đánh giá không hài lòng hoặc quá hạn) / Tổng số × 100%',
            note: 'Chưa có dữ liệu: hệ thống chưa tiếp nhận phản ánh, kiến nghị.',
            unconfirmed: false,
          },
          'no_data',
        ),
        satisfied(ratings),
      ],
    },
  ];
}
