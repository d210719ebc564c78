/** A button whose click runs the command its value names, as if it were typed (register.ts). */
export { NEXT_STEP as NEXT_STEP_ACTION } from '../../../views/reply.js';
