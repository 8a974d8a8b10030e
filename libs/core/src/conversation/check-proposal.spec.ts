import { checkProposal } from './check-proposal.js';
import { parseConversation } from './parse-conversation.js';

describe('checkProposal', () => {
  it('takes the split a model reads in words the rules leave to the resolver', () => {
    const query = 'numb linkin park acoustic';
    const checked = checkProposal(query, parseConversation(query), { artist: 'Linkin Park', title: 'Numb' });
    expect(checked).toMatchObject({
      artist: 'Linkin Park',
      title: 'Numb',
      versions: [{ kind: 'acoustic' }],
      searchText: 'Linkin Park - Numb (acoustic)',
    });
  });

  it.each([
    ['an artist not in the words', { artist: 'Metallica', title: 'Numb' }, { title: 'Numb' }],
    ['an unknown version', { version: 'extended-director-cut' }, undefined],
    ['years without a digit in the words', { yearFrom: 1990, yearTo: 1999 }, undefined],
    ['a codec not named', { format: 'flac' }, undefined],
    ['names of the wrong type', { artist: 42, title: ['Numb'] }, undefined],
    ['a kind outside the list', { kind: 'podcast' }, undefined],
  ])('refuses %s', (_name, proposal, kept) => {
    const query = 'numb linkin park';
    const checked = checkProposal(query, parseConversation(query), proposal);
    if (kept === undefined) expect(checked).toBeUndefined();
    else expect(checked).toMatchObject(kept);
    expect(checked?.artist).toBeUndefined();
  });

  it('keeps what the rules read from explicit words over the model', () => {
    const query = 'numb by linkin park in flac from 2003';
    const checked = checkProposal(query, parseConversation(query), { format: 'mp3', yearFrom: 1990, kind: 'album' });
    expect(checked).toMatchObject({ format: { codec: 'flac' }, years: { from: 2003, to: 2003 }, kind: 'album' });
  });
});
