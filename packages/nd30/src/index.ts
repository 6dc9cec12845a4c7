export * from './archive.ts';
export * from './dates.ts';
export * from './document-types.ts';
export * from './markings.ts';
export * from './records.ts';
export * from './reference.ts';
export * from './registers.ts';
export * from './signing.ts';
