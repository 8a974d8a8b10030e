import { ApiProperty } from '@nestjs/swagger';
import {
  NAMING_TEMPLATE_KINDS,
  type NamingPreviewDto,
  type NamingSampleDto,
  type NamingSettingsDto,
  type NamingTemplateKind,
  type NamingTemplatesDto,
  type NamingTokenDto,
} from '@app/contracts';

export class NamingTemplatesResponse implements NamingTemplatesDto {
  @ApiProperty() album!: string;
  @ApiProperty() single!: string;
  @ApiProperty() compilation!: string;
}

export class NamingTokenResponse implements NamingTokenDto {
  @ApiProperty({ example: '{Album Title}' }) token!: string;
  @ApiProperty() description!: string;
}

export class NamingSettingsResponse implements NamingSettingsDto {
  @ApiProperty({ type: NamingTemplatesResponse }) templates!: NamingTemplatesResponse;
  @ApiProperty({
    enum: ['settings', 'config'],
    description: '`settings`: saved through this API; `config`: from the environment',
  })
  source!: 'settings' | 'config';
  @ApiProperty({ type: [NamingTokenResponse] }) tokens!: NamingTokenResponse[];
}

export class NamingSampleResponse implements NamingSampleDto {
  @ApiProperty({ example: 'Album track' }) name!: string;
  @ApiProperty({ enum: NAMING_TEMPLATE_KINDS }) kind!: NamingTemplateKind;
  @ApiProperty({ example: 'Linkin Park/Meteora (2003)/13 - Numb.flac', description: 'Relative to the library root' })
  path!: string;
}

export class NamingPreviewResponse implements NamingPreviewDto {
  @ApiProperty({ type: NamingTemplatesResponse }) templates!: NamingTemplatesResponse;
  @ApiProperty({ type: [NamingSampleResponse] }) samples!: NamingSampleResponse[];
}
