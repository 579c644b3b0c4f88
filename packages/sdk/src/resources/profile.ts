/** `client.profile`: the logged-in person's data. */
import type { RequestOptions } from '../request-options.js';
import type { Profile as ProfileData, UserInfo } from '../types.js';
import { APIResource } from './resource.js';

/** The citizen's prefill data and OpenID Connect claims. */
import type { APIPromise } from '../api-promise.js';
export class Profile extends APIResource {
  /** The prefill data the state already holds (`GET /profile`). */
  retrieve(options?: RequestOptions): APIPromise<ProfileData> {
    return this.call<ProfileData>({ method: 'GET', path: '/profile' }, options);
  }

  /** The OpenID Connect claims of the token, by scope (`GET /auth/userinfo`). */
  userInfo(options?: RequestOptions): APIPromise<UserInfo> {
    return this.call<UserInfo>({ method: 'GET', path: '/auth/userinfo' }, options);
  }
}
