// The eight people every platform knows, in the same order: a story names them by key.
export const NAMES = ['Anna Test', 'Bram Test', 'Chen Test', 'Dewi Test', 'Eva Test', 'Fatima Test', 'Gijs Test', 'Hamza Test'] as const;
export const KEYS = NAMES.map((n) => n.split(' ')[0]!.toLowerCase());
