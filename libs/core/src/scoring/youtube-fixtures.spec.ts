import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_THRESHOLDS, rankScored, recommend } from './decide.js';
import { scoreSource } from './score-source.js';
import type { ScoreTarget, Scored, SourceCandidate, SourceKind } from './types.js';

// A recorded YouTube search for "abstrakt - nobody else" and the /player answer of each of its 22 videos
// (vcrpy cassette, trimmed; see its .source.txt).

interface Cassette {
  interactions: { request: { uri: string }; response: { body: { string: string } } }[];
}

interface VideoRenderer {
  videoId: string;
  ownerText?: { runs?: { text: string }[] };
  ownerBadges?: { metadataBadgeRenderer: { style: string } }[];
}

interface VideoDetails {
  videoId: string;
  title: string;
  author: string;
  lengthSeconds: string;
  viewCount?: string;
  musicVideoType?: string;
}

// ATV = an Art Track (the audio as released); OMV = an official video; UGC = an upload by anyone.
const KIND: Readonly<Record<string, SourceKind>> = {
  MUSIC_VIDEO_TYPE_ATV: 'song',
  MUSIC_VIDEO_TYPE_OMV: 'video',
  MUSIC_VIDEO_TYPE_UGC: 'video',
};

function findRenderers(node: unknown, found: VideoRenderer[] = []): VideoRenderer[] {
  if (Array.isArray(node)) node.forEach((n) => findRenderers(n, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.videoRenderer) found.push(record.videoRenderer as VideoRenderer);
    else Object.values(record).forEach((n) => findRenderers(n, found));
  }
  return found;
}

/** Title, channel and length from /player (search titles are machine-translated); badges from the search. */
function toSource(details: VideoDetails, renderer: VideoRenderer | undefined): SourceCandidate {
  const badges = (renderer?.ownerBadges ?? []).map((b) => b.metadataBadgeRenderer.style);
  return {
    provider: 'youtube',
    id: details.videoId,
    url: `https://www.youtube.com/watch?v=${details.videoId}`,
    title: details.title,
    channel: details.author,
    channelVerified: badges.some((b) => b.startsWith('BADGE_STYLE_TYPE_VERIFIED')),
    isOfficialArtistChannel: badges.includes('BADGE_STYLE_TYPE_VERIFIED_ARTIST'),
    isTopicChannel: / - Topic$/.test(renderer?.ownerText?.runs?.[0]?.text ?? ''),
    durationMs: Number(details.lengthSeconds) * 1000,
    kind: KIND[details.musicVideoType ?? ''] ?? 'unknown',
    viewCount: details.viewCount === undefined ? undefined : Number(details.viewCount),
  };
}

function loadSources(): SourceCandidate[] {
  const url = new URL('../../test/fixtures/scoring/spotdl_yt_search_abstrakt_nobody_else.yaml', import.meta.url);
  const [search, ...players] = (parse(readFileSync(url, 'utf8')) as Cassette).interactions.map(
    (i) => JSON.parse(i.response.body.string) as unknown,
  );
  const renderers = new Map(findRenderers(search).map((r) => [r.videoId, r]));
  return players.map((p) => {
    const details = (p as { videoDetails: VideoDetails }).videoDetails;
    return toSource(details, renderers.get(details.videoId));
  });
}

describe('YouTube: "abstrakt - nobody else" (22 videos)', () => {
  // The recording as Spotify has it (0kx3ml8bdAYrQtcIwvkhp8, 162.4 s).
  const target: ScoreTarget = { title: 'Nobody Else', artists: ['Abstrakt'], durationMs: 162_400, versions: [] };
  const ranked = rankScored(loadSources().map((s) => scoreSource(target, s)));
  const byId = (id: string) => ranked.find((s) => s.candidate.id === id) as Scored<SourceCandidate>;

  it('reads all 22 videos', () => {
    expect(ranked).toHaveLength(22);
  });

  it("ranks the release on the artist's channel first", () => {
    expect(ranked[0]?.candidate.id).toBe('bNXMlIogpXc');
    expect(recommend(ranked)).toMatchObject({ level: 'strong', best: { candidate: { id: 'bNXMlIogpXc' } } });
  });

  it.each([
    ['G09RJIOL-ZI', ['duration 59:24 vs 2:42 (56:42 longer)', "title says '1 hour', the request did not"]],
    ['ASfrDD-t_Ng', ['duration 59:25 vs 2:42 (56:43 longer)', "title says '1h', the request did not"]],
    ['rzqGz52Pg3A', ['duration 1:00:49 vs 2:42 (58:07 longer)', "title says '1 Hours', the request did not"]],
    ['l1OAS1Sopjg', ['duration 9:54 vs 2:42 (7:12 longer)', "title says 'Extended Version', the request did not"]],
    ['thWqTWOL_sw', ["title says 'Bass Boosted', the request did not"]],
    ['35lVNCz9HCA', ["title says 'Monstercat Remake', the request did not"]],
  ])('scores %s low, saying %j', (id, reasons) => {
    const sut = byId(id);
    expect(sut.distance).toBeGreaterThan(DEFAULT_THRESHOLDS.mediumDistance);
    expect(sut.reasons.slice(0, reasons.length)).toEqual(reasons);
  });

  it.each([
    ['XoYM_wedOtA', "title 'Nobody' differs from 'Nobody Else'"],
    ['NmTC3IyZxOI', 'duration 5:04 vs 2:42 (2:22 longer)'],
  ])('scores the different song %s low: %j', (id, reason) => {
    const sut = byId(id);
    expect(sut.distance).toBeGreaterThan(DEFAULT_THRESHOLDS.mediumDistance);
    expect(sut.reasons[0]).toBe(reason);
  });

  it('knows "No One Else" comes from another artist\'s "- Topic" channel', () => {
    expect(byId('NmTC3IyZxOI').reasons).toContain(
      "channel 'Abstract & Logic' belongs to another artist; an audio track",
    );
  });

  it.each(['bOZ_JX3bhyE', 'UpcoY_7y7vQ', 'yzwFxXRaRl8', 'a7n1VaSVydk', 'kRtv6AAOlkM', 'mjua0-ZmZ-s', 'grCxIaHsw2A'])(
    'takes the lyric or label upload %s for the same audio, behind the first',
    (id) => {
      const sut = byId(id);
      expect(sut.distance).toBeLessThanOrEqual(DEFAULT_THRESHOLDS.mediumDistance);
      expect(sut.distance).toBeGreaterThan(ranked[0]!.distance);
      expect(sut.parts.find((p) => p.name === 'version')?.distance).toBe(0);
    },
  );
});
