import { benchBrowser } from './slow.scratch'; void benchBrowser();
