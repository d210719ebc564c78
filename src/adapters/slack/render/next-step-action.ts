/** A button whose click runs the command its value names, as if it were typed (register.ts). */
export const NEXT_STEP_ACTION = 'next_step';
