/** The bin folder of the newest Debian PostgreSQL, or undefined. */
export declare function postgresBinDir(root?: string): string | undefined
/** A running PostgreSQL (a throwaway cluster unless PRACTICUM_PG_URL is set). */
export declare function startPostgres(): Promise<{ url: string; throwaway: boolean; stop(): Promise<void> }>
