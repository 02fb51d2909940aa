// Not yet translated: the English words stand in until the translation lands (the catalogue test lists them).
import { enFloor } from '../en-floor';

export const floor = { ...enFloor };
