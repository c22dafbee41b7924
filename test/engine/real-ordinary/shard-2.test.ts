import { checkShard } from './pages';

checkShard(1);
