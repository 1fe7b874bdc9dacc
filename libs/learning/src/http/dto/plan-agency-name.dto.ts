import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '@dhr/platform-http';

export class PlanAgencyNameItem {
  @ApiProperty({ description: 'The name as a spreadsheet first wrote it' }) name: string;
  @ApiProperty({ format: 'uuid', description: 'The agency it stands for' }) agencyId: string;
  @ApiProperty({ format: 'date-time' }) rememberedAt: string;
}

export class PlanAgencyNameList {
  @ApiProperty({ type: [PlanAgencyNameItem] }) items: PlanAgencyNameItem[];
}

export class ForgetPlanAgencyNameQuery {
  @TextField(200, 'WP') name: string;
}
