export * from './placement';
export * from './contains';
export * from './topology';
