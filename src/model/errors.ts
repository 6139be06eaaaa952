// The one error that stops a command with exit 2: bad arguments, a missing path, a broken campaign.yaml.
import type { MessageId } from '../i18n/messages.js';
import type { MessageData } from '../i18n/index.js';

export class EbzError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly data: MessageData = {},
  ) {
    super(messageId);
    this.name = 'EbzError';
  }
}
