import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type LibraryTrackDetailDto, type LibraryTrackPage } from '@app/contracts';
import { LibraryIdParams } from './dto/library-id.params.js';
import { LibraryTrackDetailResponse, LibraryTrackPageResponse } from './dto/library-track.response.js';
import { ListLibraryTracksQueryDto } from './dto/list-library-tracks.query.js';
import { LibraryApiErrors } from './library-api-errors.decorator.js';
import { LibraryTracks } from './library-tracks.service.js';
import { TrackMedia } from './track-media.service.js';

/** The library index: the tracks, their tags, covers and audio. */
@ApiTags('library')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.libraryTracks}`)
export class LibraryTracksController {
  constructor(
    private readonly tracks: LibraryTracks,
    private readonly media: TrackMedia,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Tracks of the library: search, filters, sort and paging' })
  @ApiOkResponse({ type: LibraryTrackPageResponse })
  @LibraryApiErrors(400)
  list(@Query() query: ListLibraryTracksQueryDto): Promise<LibraryTrackPage> {
    return this.tracks.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A track: indexed facts, every tag and the audio as read now, and the job that stored it' })
  @ApiOkResponse({ type: LibraryTrackDetailResponse })
  @LibraryApiErrors(400, 404)
  get(@Param() { id }: LibraryIdParams): Promise<LibraryTrackDetailDto> {
    return this.tracks.get(id);
  }

  @Get(':id/cover')
  @ApiOperation({ summary: 'The embedded front cover; send If-None-Match with the ETag to revalidate' })
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The picture bytes' })
  @ApiResponse({ status: 304, description: 'The cached copy is current' })
  @LibraryApiErrors(400, 403, 404)
  cover(@Param() { id }: LibraryIdParams, @Headers('if-none-match') ifNoneMatch?: string): Promise<Response> {
    return this.media.cover(id, ifNoneMatch);
  }

  @Get(':id/stream')
  @ApiOperation({ summary: 'The audio file, with byte ranges (bytes=a-b, bytes=a-, bytes=-n)' })
  @ApiHeader({ name: 'Range', required: false, description: 'One byte range; anything else sends the whole file' })
  @ApiProduces('audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/flac', 'audio/aac')
  @ApiOkResponse({ description: 'The whole file' })
  @ApiResponse({ status: 206, description: 'The requested range, with Content-Range' })
  @LibraryApiErrors(400, 403, 404, 416)
  stream(@Param() { id }: LibraryIdParams, @Headers('range') range?: string): Promise<Response> {
    return this.media.stream(id, range);
  }
}
