/** Counted phrases: English needs "1 clip" / "2 clips"; Chinese has one form, so its .one and .other are the same. */
import { t, type MessageKey, type Params } from '../../utils/i18n';

type Counted<K> = K extends `${infer B}.one` ? B : never;
export type CountedKey = Counted<MessageKey>;

export function tn(base: CountedKey, n: number, params: Params = {}): string {
  return t(`${base}.${n === 1 ? 'one' : 'other'}` as MessageKey, { ...params, n });
}
