/**
 * Who is who within one article: people (with their titles and roles), organisations, documents and
 * groups, so that "President Volodymyr Zelenskyy", "Zelenskyy", "Zelensky", "the president" and "he"
 * become one source.
 */
import type { Source, SourceKind } from '../types.ts';
import {
  DETERMINERS,
  FEMALE,
  FIELD_TITLES,
  GROUP_NOUNS,
  MALE,
  ORGANISATION_WORDS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  QUANTIFIERS,
  SOURCE_NOUNS,
  TITLES,
} from './lexicon.ts';

export interface Entity {
  name: string;
  kind: SourceKind;
  gender?: 'male' | 'female';
  plural: boolean;
  roles: Set<string>;
  /** Lower-case name parts of a person ("volodymyr", "zelenskyy"). */
  parts: string[];
}

/** Two spellings of one name: equal, one a short extension of the other, or one edit apart. */
export function similarNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && long.length - short.length <= 2) return true;
  return long.length - short.length <= 1 && Math.min(a.length, b.length) >= 6 && editDistance(a, b) <= 1;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

const stripPossessive = (w: string) => w.replace(/['\u2019]s?$/, '');
const isCap = (w: string) => /^\p{Lu}/u.test(w);

export class EntityRegistry {
  private entities: Entity[] = [];
  /** Most recently mentioned first. */
  private recent: Entity[] = [];
  /** `recent` as it was before the current sentence, and where this sentence first mentions each. */
  private before: Entity[] = [];
  private mentionedAt = new Map<Entity, number>();
  /** Offset in the current sentence of what is being read. */
  private at = 0;

  /** A new sentence: a pronoun in it means someone named before it, not a name later in the sentence. */
  beginSentence(): void {
    this.before = this.recent;
    this.mentionedAt.clear();
    this.at = 0;
  }

  /** Acronyms introduced in brackets ("The International Testing Agency (ITA)") → the name they stand for. */
  private acronyms = new Map<string, string>();

  /** "X Y Z (XYZ)": later mentions of the acronym are the organisation named in full. */
  noteAcronym(acronym: string, fullName: string): void {
    if (!this.acronyms.has(acronym.toLowerCase())) this.acronyms.set(acronym.toLowerCase(), fullName);
  }

  /** Where in the current sentence the next mentions are. */
  readAt(offset: number): void {
    this.at = offset;
  }

  touch(entity: Entity): void {
    this.recent = [entity, ...this.recent.filter((e) => e !== entity)].slice(0, 30);
    const seen = this.mentionedAt.get(entity);
    if (seen === undefined || this.at < seen) this.mentionedAt.set(entity, this.at);
  }

  /** Most recent first, as of the current offset: this sentence's mentions before it, then earlier ones. */
  private recentHere(): Entity[] {
    if (!this.mentionedAt.size) return this.before;
    const here = [...this.mentionedAt]
      .filter(([, at]) => at < this.at)
      .sort((a, b) => b[1] - a[1])
      .map(([e]) => e);
    return [...here, ...this.before.filter((e) => !here.includes(e))];
  }

  toSource(entity: Entity, mention: string): Source {
    return { name: entity.name, mention, kind: entity.kind };
  }

  /** A person's name as written ("Paul Dewar", "Dewar", "Thomas'") → the person, or undefined. */
  findPerson(words: string[]): Entity | undefined {
    const parts = words.map((w) => stripPossessive(w).toLowerCase());
    const last = parts[parts.length - 1];
    if (!last) return undefined;
    const people = this.entities.filter((e) => e.kind === 'person' && e.parts.length);
    const full = people.find((e) => e.parts.join(' ') === parts.join(' '));
    if (full) return full;
    const bySurname = people.filter((e) => similarNames(e.parts[e.parts.length - 1] as string, last));
    if (bySurname.length === 1 || (bySurname.length > 1 && parts.length === 1))
      return this.mostRecent(bySurname);
    if (parts.length === 1) {
      const byFirst = people.filter((e) => e.parts.length > 1 && e.parts[0] === last);
      if (byFirst.length === 1) return byFirst[0];
    }
    return undefined;
  }

  private mostRecent(list: Entity[]): Entity | undefined {
    return this.recent.find((e) => list.includes(e)) ?? list[list.length - 1];
  }

  /** Registers a person named in the text (whether or not they speak), for later surnames and pronouns. */
  notePerson(nameWords: string[], roles: string[]): Entity {
    const found = this.findPerson(nameWords);
    const entity = found ?? this.create(nameWords.map(stripPossessive).join(' '), 'person');
    if (nameWords.length > 1 && nameWords.join(' ').length > entity.name.length)
      entity.name = nameWords.map(stripPossessive).join(' ');
    if (!entity.parts.length || nameWords.length > entity.parts.length)
      entity.parts = nameWords.map((w) => stripPossessive(w).toLowerCase());
    this.addRoles(entity, roles);
    this.touch(entity);
    return entity;
  }

  addRoles(entity: Entity, roles: string[]): void {
    for (const r of roles) {
      entity.roles.add(r);
      if (FEMALE.has(r)) entity.gender = 'female';
      if (MALE.has(r)) entity.gender = 'male';
    }
  }

  private create(name: string, kind: SourceKind): Entity {
    const entity: Entity = { name, kind, plural: false, roles: new Set(), parts: [] };
    this.entities.push(entity);
    return entity;
  }

  /** Whether the article has introduced this word as (part of) someone's or something's name. */
  isKnown(word: string): boolean {
    return (
      this.findPerson([word]) !== undefined ||
      this.entities.some((e) => e.name.toLowerCase() === word.toLowerCase())
    );
  }

  /** He / she / they → the most recent compatible entity. */
  resolvePronoun(pronoun: string): Entity | undefined {
    const want = PRONOUNS[pronoun.toLowerCase()];
    if (!want || want === 'any') return undefined;
    const recent = this.recentHere();
    // "It estimated the spill at 200 tonnes": an "it" opening a sentence and speaking is the
    // organisation or document before it. Inside a sentence ("X said it would …") it is left alone.
    if (want === 'thing')
      return this.at === 0
        ? recent.find((e) => e.kind !== 'person' && e.kind !== 'group' && !e.plural)
        : undefined;
    if (want === 'plural')
      return recent.find((e) => e.plural || e.kind === 'organisation' || e.kind === 'group');
    return recent.find((e) => e.kind === 'person' && !e.plural && (!e.gender || e.gender === want));
  }

  /**
   * "Some of his supporters", "her lawyers": a group belonging to the person a possessive points back
   * to is named with that person ("some of Gary Lindqvist's supporters"). Only plural and group heads:
   * "his lawyer" is one person, found by the role.
   */
  private ownerNamed(words: string[]): string | undefined {
    const at = words.findIndex((w) => POSSESSIVE_PRONOUNS[w.toLowerCase()]);
    const head = stripPossessive(words[words.length - 1] as string).toLowerCase();
    if (at < 0 || at === words.length - 1 || !(GROUP_NOUNS.has(head) || /[^s]s$/.test(head)))
      return undefined;
    const owner = this.resolvePronoun(POSSESSIVE_PRONOUNS[(words[at] as string).toLowerCase()] as string);
    if (!owner) return undefined;
    const named = words.map((w, k) => (k === at ? `${owner.name}'s` : w));
    if (/^(the|a|an)$/i.test(named[0] as string)) named[0] = 'the';
    return named.join(' ');
  }

  /** Role-only mention ("the president", "the local governor") → the person who holds it, if known. */
  findByRole(role: string): Entity | undefined {
    return this.recent.find((e) => e.roles.has(role)) ?? this.entities.find((e) => e.roles.has(role));
  }

  /**
   * Resolves a source noun phrase as written (one apposition part, e.g. "Environment Canada spokeswoman
   * Sujata Raisinghani", "the Russian military", "Ukrainian reports", "he") to an entity.
   */
  resolve(phrase: string, extraRoles: string[] = []): Entity | undefined {
    const words = phrase.split(/\s+/).filter(Boolean);
    if (!words.length) return undefined;
    if (words.length === 1 && PRONOUNS[(words[0] as string).toLowerCase()])
      return this.resolvePronoun(words[0] as string);
    const bare = words.filter((w) => !DETERMINERS.has(w.toLowerCase()));
    // "Many said", "Some said": people the article does not name, as a group.
    if (!bare.length && words.length === 1 && QUANTIFIERS.has((words[0] as string).toLowerCase()))
      return this.named((words[0] as string).toLowerCase(), 'group');
    const spelt =
      bare.length === 1 ? this.acronyms.get(stripPossessive(bare[0] as string).toLowerCase()) : undefined;
    if (spelt) return this.named(spelt, 'organisation');
    const owned = this.ownerNamed(words);
    if (owned) return this.named(owned, 'group');

    const lower = words.map((w) => w.toLowerCase());
    // "Volcanologist Thorvaldur Thordarson of the University of Iceland": a person of an organisation.
    const of = lower.findIndex((w, k) => k >= 2 && (w === 'of' || w === 'at' || w === 'from'));
    if (of > 0) {
      const head = words.slice(0, of);
      const named = head.filter((w) => isCap(w) && !TITLES.has(w.toLowerCase()));
      if (
        named.length >= 2 &&
        head.slice(-2).every(isCap) &&
        !head.some((w) => ORGANISATION_WORDS.has(stripPossessive(w).toLowerCase())) &&
        // "… of the University of Iceland"; or a titled person ("Aviation analyst Tor Eriksen of Fjord Markets").
        (lower.slice(of).some((w) => ORGANISATION_WORDS.has(stripPossessive(w))) ||
          head.some((w) => TITLES.has(w.toLowerCase())))
      )
        return this.resolve(head.join(' '), extraRoles);
    }
    const hasOrgWord = lower.some((w) => ORGANISATION_WORDS.has(stripPossessive(w)));
    // "The Department of Justice", "the Ministry of Defence": an organisation, whatever title follows.
    const opening = lower.findIndex((w) => !DETERMINERS.has(w));
    if (ORGANISATION_WORDS.has(lower[opening] ?? '') && lower[opening + 1] === 'of')
      return this.named(
        /^(the|a|an)$/i.test(words[0] as string) ? ['the', ...words.slice(1)].join(' ') : words.join(' '),
        'organisation',
      );
    // The person's name: the capitalised words after the last title or role word.
    let lastTitle = -1;
    lower.forEach((w, i) => {
      if (TITLES.has(w) || TITLES.has(w.replace(/\.$/, ''))) lastTitle = i;
    });
    // A capitalised determiner inside the name is the name's ("Save Our Parish Churches").
    const nameWords = words
      .slice(lastTitle + 1)
      .filter(
        (w, k, all) => !DETERMINERS.has(w.toLowerCase()) || (k > 0 && isCap(w) && isCap(all[k - 1] ?? '')),
      );
    const roles = [
      ...lower.slice(0, lastTitle + 1).filter((w) => TITLES.has(w) && !DETERMINERS.has(w)),
      ...extraRoles,
    ];
    // "Environment Canada", "Health Canada": a field before one capitalised word names an
    // organisation (a person needs a role: "Health Secretary Wes Streeting").
    if (
      lastTitle >= 0 &&
      nameWords.length === 1 &&
      lower.slice(0, lastTitle + 1).every((w) => FIELD_TITLES.has(w) || DETERMINERS.has(w)) &&
      words.slice(0, lastTitle + 1).every((w) => isCap(w) || DETERMINERS.has(w.toLowerCase()))
    )
      return this.named(words.filter((w) => !DETERMINERS.has(w.toLowerCase())).join(' '), 'organisation');
    const looksLikeName =
      nameWords.length > 0 &&
      nameWords.length <= 4 &&
      nameWords.every((w) => isCap(w)) &&
      !nameWords.some((w) => ORGANISATION_WORDS.has(stripPossessive(w).toLowerCase()));

    if (looksLikeName && !(hasOrgWord && lastTitle < 0)) {
      const known = this.findPerson(nameWords);
      if (known || nameWords.length > 1 || roles.length) return this.notePerson(nameWords, roles);
      // A single capitalised word nobody introduced: a place or organisation speaking ("Moscow", "AFP").
      return this.named(nameWords.join(' '), 'organisation');
    }
    const headWord = stripPossessive(lower[lower.length - 1] as string);
    // "the president" names a person; "the opposition", "the police" name collectives.
    if (
      roles.length &&
      !nameWords.length &&
      !ORGANISATION_WORDS.has(headWord) &&
      !GROUP_NOUNS.has(headWord)
    ) {
      // "the president": the person introduced with that title, else the role itself.
      const role = roles[roles.length - 1] as string;
      const holder = this.findByRole(role);
      if (holder) {
        this.touch(holder);
        return holder;
      }
    }
    const name = /^(the|a|an)$/i.test(words[0] as string)
      ? ['the', ...words.slice(1)].join(' ')
      : words.join(' ');
    // The head noun: the last word before a prepositional tail ("bureaucrats of the government").
    const tail = lower.findIndex(
      (w, k) => k > 0 && ['of', 'in', 'from', 'for', 'including', 'at', 'on', 'by'].includes(w),
    );
    const head = stripPossessive(lower[(tail > 0 ? tail : lower.length) - 1] as string);
    // The head noun decides: "the army statement" is a document, "the Russian military" an organisation.
    const kind: SourceKind = GROUP_NOUNS.has(head)
      ? 'group'
      : SOURCE_NOUNS.has(head)
        ? 'document'
        : ORGANISATION_WORDS.has(head)
          ? 'organisation'
          : roles.length
            ? 'person'
            : hasOrgWord
              ? 'organisation'
              : 'other';
    const entity = this.named(name, kind);
    entity.plural = kind === 'group' || /s$/.test(head);
    this.addRoles(entity, roles);
    return entity;
  }

  private named(name: string, kind: SourceKind): Entity {
    const key = name.toLowerCase();
    const entity = this.entities.find((e) => e.name.toLowerCase() === key) ?? this.create(name, kind);
    this.touch(entity);
    return entity;
  }
}
