// Work an action hands to next/server's after() (an import's run), awaited by the matrix before it
// compares the owner's rows. Its own module, with no imports, so the mock of next/server can load it.
export const afterTasks: Promise<unknown>[] = [];
