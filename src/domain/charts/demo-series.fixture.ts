// The demo district's series 2022–2025 as the overview draws them: the yearly values,
// the trend's value at the horizon year and the target. Shared by the charts' tests.
export const DEMO_SERIES: {
  code: string;
  percent: boolean;
  values: number[];
  horizonYear: number;
  projection: number;
  target: number;
}[] = [
  { code: "THT_COUNT", percent: false, values: [24, 26, 28, 31], horizonYear: 2030, projection: 43, target: 35 },
  {
    code: "THT_MEMBERS",
    percent: false,
    values: [2516, 3068, 3324, 3716],
    horizonYear: 2030,
    projection: 5720,
    target: 5000,
  },
  { code: "HTX_COUNT", percent: false, values: [19, 21, 23, 26], horizonYear: 2030, projection: 38, target: 30 },
  {
    code: "HTX_MEMBERS",
    percent: false,
    values: [6323, 6596, 7328, 8476],
    horizonYear: 2030,
    projection: 12064,
    target: 10500,
  },
  {
    code: "HTX_GOOD_FAIR",
    percent: true,
    values: [52.9, 55.6, 50, 59.1],
    horizonYear: 2030,
    projection: 69.1,
    target: 60,
  },
  {
    code: "HTX_VALUE_CHAIN",
    percent: true,
    values: [36.8, 38.1, 39.1, 38.5],
    horizonYear: 2030,
    projection: 40.8,
    target: 50,
  },
  { code: "HTX_HIGH_TECH", percent: false, values: [3, 4, 5, 6], horizonYear: 2030, projection: 11, target: 5 },
  { code: "POP_SHARE", percent: true, values: [6.6, 7.2, 7.9, 9], horizonYear: 2045, projection: 30.2, target: 20 },
  {
    code: "ORG_EFFECTIVE",
    percent: true,
    values: [58.5, 65.9, 61.2, 63],
    horizonYear: 2045,
    projection: 88.2,
    target: 90,
  },
  {
    code: "ORG_CHAIN",
    percent: true,
    values: [23.3, 27.1, 26.8, 30.5],
    horizonYear: 2045,
    projection: 71.5,
    target: 75,
  },
  {
    code: "ORG_DIGITAL",
    percent: true,
    values: [30.9, 29.2, 32.7, 42.4],
    horizonYear: 2045,
    projection: 100,
    target: 100,
  },
];
