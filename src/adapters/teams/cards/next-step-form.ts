/** The submitted form a next-step button sends: a command's words, run as if typed (bot.ts). */
export const NEXT_STEP_FORM = 'next_step';
