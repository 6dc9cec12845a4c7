export * from './agency-code.ts';
