export function basePathFromEnv(raw: string | undefined): string
