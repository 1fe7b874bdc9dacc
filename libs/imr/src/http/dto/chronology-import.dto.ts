import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ChronologyImportMode } from '../../application/chronology-import.service';
import type { SheetFormat } from '../../application/chronology-sheet';

export class ChronologyTemplateQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: SheetFormat;
}

export class ChronologyImportQuery {
  @ApiPropertyOptional({
    enum: ['append', 'replace'],
    default: 'append',
    description: "append: add the rows to the chronology; replace: they replace the agency's entries",
  })
  @IsOptional()
  @IsIn(['append', 'replace'])
  mode?: ChronologyImportMode;
}

export class ChronologyImportRequest {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'the chronology as .xlsx (its first sheet) or .csv, laid out as the template; a title above the header is fine',
  })
  file: unknown;
}
