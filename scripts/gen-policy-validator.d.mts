export declare const SCHEMAS: { schema: string; out: string }[];
export declare function generate(schemaPath: string): string;
