import { indicatorInfo } from '../../data';
import { enFirstPaint } from './en';
import type { TextKey, Words } from './words';

/**
 * An indicator's name in the words of a language ("Population on 1 January", its short form
 * "Population"); an indicator the catalogue does not know keeps the name the data gives it.
 */
export function indicatorName(w: Words, id: string, form: 'label' | 'short' = 'label'): string {
  const key = `indicator.${id}.${form}`;
  const say = w.t as (key: TextKey) => string;
  return key in enFirstPaint ? say(key as TextKey) : indicatorInfo(id)[form];
}
