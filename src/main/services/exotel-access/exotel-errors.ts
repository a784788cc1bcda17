import { AppError } from '../../../shared/ipc/result';
import { isExotelError } from '../../exotel';

/**
 * The one mapping of Exotel's typed failures to the app's errors: a stop is 'cancelled', a connection that
 * could not be made is 'offline', everything else 'exotel' with the kind the window can act on.
 * Anything that is not an Exotel failure is left to the IPC wrapper.
 */
export function toAppError(error: unknown): unknown {
  if (!isExotelError(error)) return error;
  if (error.kind === 'aborted') return new AppError('cancelled', error.plainMessage);
  if (error.kind === 'network') return new AppError('offline', error.plainMessage, { kind: error.kind });
  return new AppError('exotel', error.plainMessage, {
    kind: error.kind,
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.field === undefined ? {} : { field: error.field }),
    ...(error.exotelCode === undefined ? {} : { exotelCode: error.exotelCode }),
  });
}
