/**
 * The type-check benchmark's consumer of node-napcat-ts (`pnpm bench:typecheck`): the same twenty
 * calls as `onebot-spec-consumer.ts`, written as node-napcat-ts's documentation shows (`Structs`
 * builders, `NCWebsocket` methods, handlers typed by its event map). Checked by the benchmark,
 * not by `pnpm typecheck`.
 */
import { NCWebsocket, Structs, type GroupMessage, type RequestFriend, type RequestGroupAdd, type RequestGroupInvite } from 'node-napcat-ts';

const bot = new NCWebsocket({ baseUrl: 'ws://127.0.0.1:3001', accessToken: 'token', reconnection: { enable: true, attempts: 10, delay: 5_000 } });

async function onGroup(e: GroupMessage): Promise<void> {
  const text = e.message.map((s) => (s.type === 'text' ? s.data.text : '')).join('');
  if (text.trim() !== 'status') return;
  const me = await bot.get_login_info();
  const sent = await bot.send_group_msg({
    group_id: e.group_id,
    message: [Structs.reply(e.message_id), Structs.at(e.user_id), Structs.text(` ${me.nickname} here `), Structs.image('https://example.com/cat.png', '[cat]')],
  });
  const members = await bot.get_group_member_list({ group_id: e.group_id });
  await bot.delete_msg({ message_id: sent.message_id });
  await bot.set_group_ban({ group_id: e.group_id, user_id: e.user_id, duration: 60 });
  const friends = await bot.get_friend_list();
  const group = await bot.get_group_info({ group_id: e.group_id });
  const owner = members.find((m) => m.role === 'owner');
  if (owner) {
    await bot.send_private_msg({
      user_id: owner.user_id,
      message: [Structs.face(14), Structs.text(`${group.group_name}: ${group.member_count} members, ${friends.length} friends`)],
    });
  }
  const original = await bot.get_msg({ message_id: e.message_id });
  const groups = await bot.get_group_list();
  const stranger = await bot.get_stranger_info({ user_id: original.user_id });
  await bot.set_group_card({ group_id: e.group_id, user_id: e.user_id, card: `${stranger.nick} (${groups.length})` });
  const member = await bot.get_group_member_info({ group_id: e.group_id, user_id: e.user_id });
  if (member.role === 'member' && members.length > 500) await bot.set_group_kick({ group_id: e.group_id, user_id: e.user_id });
  await bot.send_like({ user_id: e.user_id, times: 10 });
  const status = await bot.get_status();
  const version = await bot.get_version_info();
  await bot.set_msg_emoji_like({ message_id: e.message_id, emoji_id: status.online ? '76' : '124' });
  console.log(`${version.app_name} ${version.app_version}`);
}

async function onFriendRequest(e: RequestFriend): Promise<void> {
  await bot.set_friend_add_request({ flag: e.flag, approve: e.comment.includes('bot'), remark: `from ${e.user_id}` });
}

async function onGroupRequest(e: RequestGroupAdd | RequestGroupInvite): Promise<void> {
  await bot.set_group_add_request({ flag: e.flag, approve: e.sub_type === 'invite', reason: 'invitations only' });
}

bot.on('message.group', onGroup);
bot.on('request.friend', onFriendRequest);
bot.on('request.group', onGroupRequest);
