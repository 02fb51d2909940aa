/** The words in this language, module by module (loaded only when a screen chooses it). */
import type { Catalogue } from '../words';
import { alerts } from './alerts';
import { devices } from './devices';
import { floor } from './floor';
import { help } from './help';
import { issues } from './issues';
import { log } from './log';
import { main } from './main';
import { plan } from './plan';
import { rebalance } from './rebalance';

export const words: Catalogue = { main, log, plan, help, issues, rebalance, devices, floor, alerts };
