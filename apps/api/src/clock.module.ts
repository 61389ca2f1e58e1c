import { Global, Module } from '@nestjs/common';

import { AppConfig } from '@api/config/app-config';

import { Clock, SystemClock } from './common/clock/clock';
import { FileClock } from './common/clock/file-clock';

@Global()
@Module({
  providers: [
    {
      provide: Clock,
      inject: [AppConfig],
      // AppConfig yields a fake-clock file only under NODE_ENV=test (fault drills).
      useFactory: (config: AppConfig): Clock => {
        const file = config.fakeClockFile;
        return file ? new FileClock(file) : new SystemClock();
      },
    },
  ],
  exports: [Clock],
})
export class ClockModule {}
