/** Strings of the corridors area. Keys are prefixed 'corridors.'. */
export default {
} as const;
