export function exposureProblems(name: string, toml: string): string[];
