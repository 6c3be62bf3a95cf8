/** Strings of the insights area. Keys are prefixed 'insights.'. */
export default {
} as const;
