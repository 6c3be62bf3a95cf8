/** Strings of the shell area. Keys are prefixed 'shell.'. */
export default {
} as const;
