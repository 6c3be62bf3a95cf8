/** Strings of the treaties area. Keys are prefixed 'treaties.'. */
export default {
} as const;
