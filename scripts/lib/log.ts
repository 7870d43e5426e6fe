/** Lines from the start command itself, told apart from its children's output. */
export const log = (message: string) => console.log(`[hujra] ${message}`)
