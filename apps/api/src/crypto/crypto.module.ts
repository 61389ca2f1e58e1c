import { Global, Module } from '@nestjs/common';

import { AppConfig } from '@api/config/app-config';

import { BlindIndex } from './blind-index';
import { FieldCipher, parseKeyRing } from './field-cipher';

/** Field encryption and blind indexes, keyed from the environment (never from the database). */
@Global()
@Module({
  providers: [
    {
      provide: FieldCipher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new FieldCipher(parseKeyRing(config.crypto.keyRing, config.crypto.currentKeyId)),
    },
    {
      provide: BlindIndex,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new BlindIndex(config.crypto.blindIndexKey, config.crypto.previousBlindIndexKeys),
    },
  ],
  exports: [FieldCipher, BlindIndex],
})
export class CryptoModule {}
