import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AnalysedTrackDto,
  type AnalyzeLibraryResultDto,
  ApiRoutes,
  type JobDto,
  type Page,
  type TrackAnalysisDto,
} from '@app/contracts';
import { JobResponse } from '@app/jobs';
import { errorResponses } from '@app/platform';
import { AnalysisRequests } from './analysis-requests.service.js';
import { ListAnalysedTracksQueryDto } from './dto/list-analysed-tracks.query.js';
import { TrackIdParams } from './dto/track-id.params.js';

const AnalysisApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  404: 'No track with this id (or it has no analysis yet), or its file is gone',
});

/** Both spellings the seed's clients use: under /api/v1 and bare. */
const both = (route: string): string[] => [`${ApiRoutes.prefix}/${route}`, route];

/** Audio analysis: ask for it per track or for the whole library, and read the results with their sentences. */
@ApiTags('analysis')
@Controller()
export class AnalysisController {
  constructor(private readonly requests: AnalysisRequests) {}

  @Post(both(`${ApiRoutes.analyzeTrack}/:id`))
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue an analysis job for a library track (or get the one already queued)' })
  @ApiAcceptedResponse({ type: JobResponse })
  @AnalysisApiErrors(400, 404)
  async analyseTrack(@Param() { id }: TrackIdParams): Promise<JobDto> {
    return (await this.requests.analyseTrack(id)).job;
  }

  @Post(both(ApiRoutes.analyzeLibrary))
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue an analysis job for every track without a result of the current analyser' })
  @ApiAcceptedResponse({ description: 'Counts and the ids of the jobs created' })
  analyseLibrary(): Promise<AnalyzeLibraryResultDto> {
    return this.requests.analyseLibrary();
  }

  @Get(both(ApiRoutes.analysisTracks))
  @ApiOperation({ summary: 'Analysed tracks filtered by BPM range, key and energy range, sorted by one of them' })
  @ApiOkResponse({ description: '`{page, pageSize, totalRecords, records: [{trackId, bpm, key, energy}]}`' })
  @AnalysisApiErrors(400)
  list(@Query() query: ListAnalysedTracksQueryDto): Promise<Page<AnalysedTrackDto>> {
    return this.requests.list(query);
  }

  @Get(both(`${ApiRoutes.analysisTrack}/:id`))
  @ApiOperation({ summary: "A track's stored features with the interpretable axes and their sentences" })
  @ApiOkResponse({ description: 'The analysis' })
  @AnalysisApiErrors(400, 404)
  result(@Param() { id }: TrackIdParams): Promise<TrackAnalysisDto> {
    return this.requests.result(id);
  }

  @Post(both(`${ApiRoutes.scoreTrack}/:id`))
  @HttpCode(200)
  @ApiOperation({ summary: "Score a track's stored features on the axes again (energy, danceability, …)" })
  @ApiOkResponse({ description: 'The analysis with freshly computed axes' })
  @AnalysisApiErrors(400, 404)
  score(@Param() { id }: TrackIdParams): Promise<TrackAnalysisDto> {
    return this.requests.result(id);
  }
}
