import { checkShard } from './pages';

checkShard(3);
