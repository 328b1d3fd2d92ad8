/** Where a value sits inside a JSON body: object keys and array indices, outermost first. */
export type BodyPath = readonly (string | number)[];
