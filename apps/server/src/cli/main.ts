#!/usr/bin/env node
// Entry point of `congso`. Node keeps the compiled code of our TypeScript between runs (the compile cache),
// which cuts start-up by about a third; it has to be switched on before the program's modules load.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./program.ts');
