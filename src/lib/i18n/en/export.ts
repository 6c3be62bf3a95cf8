/** Strings of the export area. Keys are prefixed 'export.'. */
export default {
} as const;
