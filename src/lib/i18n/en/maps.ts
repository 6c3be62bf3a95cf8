/** Strings of the maps area. Keys are prefixed 'maps.'. */
export default {
} as const;
