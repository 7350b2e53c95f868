export const EXAMPLE_LINES: number;
export function npmRunCheck(): string;
export function readmeExample(): string;
