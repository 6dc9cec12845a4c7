import {
  ApartmentOutlined,
  AreaChartOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CloudSyncOutlined,
  ContainerOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  FormOutlined,
  IdcardOutlined,
  InboxOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import { Badge, Flex, Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import { useProfile } from '../../auth/session.ts';
import { worklistQuery } from '../../documents/api.ts';
import { deadlinesQuery } from '../../dossiers/processing/api.ts';

type Item = Required<MenuProps>['items'][number];

const sections = [
  '/documents/worklist',
  '/documents/incoming',
  '/documents/outgoing',
  '/documents/registers',
  '/documents/statistics',
  '/dossiers/receive',
  '/dossiers/deadlines',
  '/dossiers/statistics',
  '/dossiers',
  '/national-portal',
  '/procedures/imports',
  '/procedures',
  '/work-files/plan',
  '/work-files',
  '/agencies',
  '/officials',
  '/users',
  '/roles',
  '/calendar',
  '/audit',
  '/account',
] as const;

/** A menu entry's text with counts after it (nothing for a zero); the counts are part of the link's name. */
function withCounts(label: string, counts: { count: number; colour: string; title: string }[]): ReactNode {
  const shown = counts.filter((c) => c.count > 0);
  if (shown.length === 0) return label;
  return (
    <Flex component="span" justify="space-between" align="center" gap={6}>
      <span>{label}</span>
      <Flex component="span" gap={4} data-nav-count>
        {shown.map((c) => (
          <Badge
            key={c.title}
            count={c.count}
            color={c.colour}
            title={c.title}
            overflowCount={99}
            size="small"
          />
        ))}
      </Flex>
    </Flex>
  );
}

/** Navigation by capability; entries appear only when the user's permissions allow the page. */
export function SideNav({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const profile = useProfile();
  const staff = Boolean(profile.agency && profile.official);
  const work = useQuery({ ...worklistQuery, enabled: staff });
  const counts = work.data?.counts;
  const handlesDossiers = permissions.hasAny('dossiers.receive', 'dossiers.handle', 'dossiers.approve');
  const deadlines = useQuery({ ...deadlinesQuery, enabled: staff && handlesDossiers });
  const deadlineCounts = { overdue: 0, due_soon: 0 };
  for (const item of deadlines.data?.items ?? []) deadlineCounts[item.state] += 1;
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const selected = sections.find((s) => pathname === s || pathname.startsWith(`${s}/`));

  const link = (to: (typeof sections)[number], label: ReactNode) => <Link to={to}>{label}</Link>;
  const documents: Item[] = [];
  if (staff) {
    documents.push(
      {
        key: '/documents/worklist',
        icon: <CheckSquareOutlined aria-hidden />,
        label: link(
          '/documents/worklist',
          withCounts(t('nav.worklist'), [
            { count: counts?.overdue ?? 0, colour: '#cf1322', title: t('documents.countOverdue') },
            { count: counts?.open ?? 0, colour: '#1554b0', title: t('documents.countOpen') },
          ]),
        ),
      },
      {
        key: '/documents/incoming',
        icon: <InboxOutlined aria-hidden />,
        label: link(
          '/documents/incoming',
          withCounts(t('nav.incoming'), [
            {
              count: permissions.has('documents.register') ? (counts?.toRegister ?? 0) : 0,
              colour: '#d48806',
              title: t('documents.countToRegister'),
            },
          ]),
        ),
      },
      {
        key: '/documents/outgoing',
        icon: <SendOutlined aria-hidden />,
        label: link('/documents/outgoing', t('nav.outgoing')),
      },
    );
  }
  if (permissions.hasAny('documents.register', 'documents.read_all', 'documents.settings.manage')) {
    documents.push({
      key: '/documents/registers',
      icon: <BookOutlined aria-hidden />,
      label: link('/documents/registers', t('nav.registers')),
    });
  }
  if (staff) {
    documents.push({
      key: '/work-files',
      icon: <FolderOpenOutlined aria-hidden />,
      label: link('/work-files', t('nav.workFiles')),
    });
  }
  // the plan of one's own agency: its keepers, and those who read all its documents
  if (staff && permissions.hasAny('work_files.plan.manage', 'documents.read_all')) {
    documents.push({
      key: '/work-files/plan',
      icon: <ProfileOutlined aria-hidden />,
      label: link('/work-files/plan', t('nav.filePlan')),
    });
  }
  if (permissions.has('documents.statistics.read')) {
    documents.push({
      key: '/documents/statistics',
      icon: <AreaChartOutlined aria-hidden />,
      label: link('/documents/statistics', t('nav.documentStatistics')),
    });
  }
  // the one-stop shop: the counter receives; anyone working on dossiers sees their lists
  const oneStop: Item[] = [];
  if (permissions.has('dossiers.receive')) {
    oneStop.push({
      key: '/dossiers/receive',
      icon: <FormOutlined aria-hidden />,
      label: link('/dossiers/receive', t('nav.dossierReceive')),
    });
  }
  if (permissions.hasAny('dossiers.receive', 'dossiers.handle', 'dossiers.approve', 'dossiers.read_all')) {
    oneStop.push(
      {
        key: '/dossiers',
        icon: <ContainerOutlined aria-hidden />,
        label: link('/dossiers', t('nav.dossiers')),
      },
      {
        key: '/dossiers/deadlines',
        icon: <FieldTimeOutlined aria-hidden />,
        label: link(
          '/dossiers/deadlines',
          withCounts(t('nav.dossierDeadlines'), [
            { count: deadlineCounts.overdue, colour: '#cf1322', title: t('dossierProcessing.overdue') },
            { count: deadlineCounts.due_soon, colour: '#d48806', title: t('dossierProcessing.dueSoon') },
          ]),
        ),
      },
    );
  }
  // the catalogue is read by everyone working at the one-stop shop and kept by those who manage it
  if (
    permissions.hasAny(
      'procedures.manage',
      'dossiers.receive',
      'dossiers.handle',
      'dossiers.approve',
      'dossiers.read_all',
      'dossiers.statistics.read',
    )
  ) {
    oneStop.push({
      key: '/procedures',
      icon: <SolutionOutlined aria-hidden />,
      label: link('/procedures', t('nav.procedures')),
    });
  }
  if (permissions.has('dossiers.statistics.read')) {
    oneStop.push({
      key: '/dossiers/statistics',
      icon: <AreaChartOutlined aria-hidden />,
      label: link('/dossiers/statistics', t('nav.dossierStatistics')),
    });
  }
  // the sync with the national portal is the province's: its system administrators watch it
  if (permissions.isSystemAdmin) {
    oneStop.push({
      key: '/national-portal',
      icon: <CloudSyncOutlined aria-hidden />,
      label: link('/national-portal', t('nav.nationalPortal')),
    });
  }
  const directory: Item[] = [
    {
      key: '/agencies',
      icon: <ApartmentOutlined aria-hidden />,
      label: link('/agencies', t('nav.agencies')),
    },
    { key: '/officials', icon: <TeamOutlined aria-hidden />, label: link('/officials', t('nav.officials')) },
  ];
  if (permissions.hasAny('directory.users.read', 'directory.users.manage')) {
    directory.push({
      key: '/users',
      icon: <UserOutlined aria-hidden />,
      label: link('/users', t('nav.users')),
    });
  }
  if (permissions.hasAny('directory.roles.manage', 'directory.users.manage')) {
    directory.push({
      key: '/roles',
      icon: <SafetyCertificateOutlined aria-hidden />,
      label: link('/roles', t('nav.roles')),
    });
  }
  const items: Item[] = [];
  if (documents.length > 0) {
    items.push(
      ...(collapsed
        ? documents
        : [
            {
              type: 'group' as const,
              key: 'documents',
              label: (
                <span>
                  <FileTextOutlined aria-hidden /> {t('nav.documents')}
                </span>
              ),
              children: documents,
            },
          ]),
    );
  }
  if (oneStop.length > 0) {
    items.push(
      ...(collapsed
        ? oneStop
        : [{ type: 'group' as const, key: 'one-stop', label: t('nav.oneStop'), children: oneStop }]),
    );
  }
  items.push(
    collapsed
      ? { type: 'divider' as const }
      : { type: 'group' as const, key: 'directory', label: t('nav.directory'), children: directory },
    ...(collapsed ? directory : []),
  );
  items.push({
    key: '/calendar',
    icon: <CalendarOutlined aria-hidden />,
    label: link('/calendar', t('nav.calendar')),
  });
  if (permissions.has('audit.read')) {
    items.push({ key: '/audit', icon: <AuditOutlined aria-hidden />, label: link('/audit', t('nav.audit')) });
  }
  items.push({
    key: '/account',
    icon: <IdcardOutlined aria-hidden />,
    label: link('/account', t('nav.account')),
  });

  return (
    <nav aria-label={t('nav.label')}>
      <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
    </nav>
  );
}
