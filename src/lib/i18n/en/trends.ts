/** Strings of the trends area. Keys are prefixed 'trends.'. */
export default {
} as const;
