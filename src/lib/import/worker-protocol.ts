/** Messages between the import page and its worker. */
import type { ImportChoices } from './columns';
import type { Opened } from './session';

export type WorkerRequest =
	| { type: 'open'; id: number; name: string; bytes?: ArrayBuffer; text?: string; communesUrl: string; today: string }
	| { type: 'sheet'; id: number; index: number }
	| { type: 'configure'; id: number; choices: ImportChoices };

export type WorkerResponse = { type: 'progress'; id: number; stage: string; share: number } | { type: 'done'; id: number; opened: Opened };
