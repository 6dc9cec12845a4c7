import { type FormState, profilePage } from '@congso/portal';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Applicant, requireApplicant } from '../../platform/auth/applicant-session.ts';
import { sendPage } from '../portal/page.ts';
import { checkProfile } from './forms.ts';
import { findApplicantProfile } from './profile.ts';
import { profileValues, signInChannelOf, updateOwnProfile } from './profile-service.ts';
import { type AccountDeps, pageOptions, queryText } from './route-helpers.ts';

const TITLE = 'Thông tin tài khoản';

/** The applicant's own profile (`/tai-khoan`), which prefills their applications. */
export function profileRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    applicant: Applicant,
    form: FormState | undefined,
    message: string | null,
  ) => {
    const profile = await findApplicantProfile(deps.db, applicant.userId);
    if (!profile) return reply.redirect('/dang-nhap', 303);
    return sendPage(request, reply, {
      title: TITLE,
      body: profilePage({
        kind: profile.kind,
        signInName: applicant.username,
        signInChannel: signInChannelOf(applicant.username),
        form: form ?? { values: profileValues(profile), errors: {} },
        message,
      }),
      status: form ? 422 : 200,
    });
  };

  app.get('/tai-khoan', pageOptions, async (request, reply) => {
    const applicant = requireApplicant(request, reply);
    if (!applicant) return reply;
    const saved = queryText(request, 'thong-bao') === 'da-luu';
    return page(request, reply, applicant, undefined, saved ? 'Đã lưu thông tin tài khoản.' : null);
  });

  app.post('/tai-khoan', pageOptions, async (request, reply) => {
    const applicant = requireApplicant(request, reply);
    if (!applicant) return reply;
    const checked = checkProfile(request.body, {
      kind: applicant.kind,
      signInChannel: signInChannelOf(applicant.username),
    });
    if (!checked.ok) return page(request, reply, applicant, checked.form, null);
    await updateOwnProfile(deps.db, request.ctx, applicant, checked.data);
    return reply.redirect('/tai-khoan?thong-bao=da-luu', 303);
  });
}
