/** The submitted form a next-step button sends: a command's words, run as if typed (bot.ts). */
export { NEXT_STEP as NEXT_STEP_FORM } from '../../../views/reply.js';
